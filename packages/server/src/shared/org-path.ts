/** The federation of a union's path ('/<federation>/…/'), as the federation column of its rows holds it. */
export const federationOfPath = (orgPath: string) => Number(orgPath.split('/')[1]);
