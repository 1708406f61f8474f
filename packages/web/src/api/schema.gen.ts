/**
 * Generated from the server's OpenAPI document by `npm run gen:api`. Do not edit by hand.
 */

export type paths = {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit log (administrators) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    entity?: string;
                    entityId?: string;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    to?: string;
                    username?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with username (or phone) and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            orgId: number | null;
                            permissions: string[];
                            personId: number | null;
                            role: "admin" | "staff" | "reviewer" | "worker";
                            userId: number;
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, or 401 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            orgId: number | null;
                            permissions: string[];
                            personId: number | null;
                            role: "admin" | "staff" | "reviewer" | "worker";
                            userId: number;
                            username: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and which database is in use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import members from .xlsx or .csv (multipart field "file"); returns the job to poll */
        post: {
            parameters: {
                query?: {
                    /** @description all_or_nothing (default): nothing unless every row is valid; valid_only: the valid rows */
                    mode?: "all_or_nothing" | "valid_only";
                    /** @description The union for rows whose 所在工会 is blank */
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/members/{jobId}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The first 200 row errors of an import, for the page to show */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            column: string;
                            messageEn: string;
                            messageZh: string;
                            rowNo: number;
                            value: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/members/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member import template (.xlsx) with an example row and notes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A background job (import, export) with its progress; only its owner or an administrator sees it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            done: number;
                            error: {
                                code: string;
                                details?: unknown;
                                messageEn: string;
                                messageZh: string;
                            } | null;
                            finishedAt: string | null;
                            id: number;
                            kind: string;
                            /** @description queued, reading, validating, staging, merging, done; `done` counts rows of this phase */
                            phase: string;
                            result: {
                                created?: number;
                                errorCount?: number;
                                imported?: number;
                                rejected?: number;
                                transferred?: number;
                                updated?: number;
                            } | null;
                            status: "running" | "succeeded" | "failed";
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rows a job refused, as sent, with the reasons in Chinese and English (.xlsx) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My own profile (workers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            employerName: string | null;
                            gender: "male" | "female";
                            hardshipFrom: string | null;
                            hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                            hardshipUntil: string | null;
                            id: number;
                            idMasked: string;
                            isFrontLine: boolean;
                            isNewEmployment: boolean;
                            isOutdoor: boolean;
                            joinedOn: string | null;
                            memberships: {
                                id: number;
                                joinedOn: string;
                                leftOn: string | null;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                status: "active" | "transferred" | "left";
                            }[];
                            modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                            name: string;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my phone number (workers) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            employerName: string | null;
                            gender: "male" | "female";
                            hardshipFrom: string | null;
                            hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                            hardshipUntil: string | null;
                            id: number;
                            idMasked: string;
                            isFrontLine: boolean;
                            isNewEmployment: boolean;
                            isOutdoor: boolean;
                            joinedOn: string | null;
                            memberships: {
                                id: number;
                                joinedOn: string;
                                leftOn: string | null;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                status: "active" | "transferred" | "left";
                            }[];
                            modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                            name: string;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My own records (workers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                competition: string | null;
                                course: string | null;
                                createdAt: string;
                                feeFen: number | null;
                                grade: number | null;
                                id: number;
                                idMasked: string;
                                inventorOrder: number | null;
                                issuer: string | null;
                                /**
                                 * @description certificate, award, training or patent
                                 * @enum {string}
                                 */
                                kind: "certificate" | "award" | "training" | "patent";
                                /** @enum {string|null} */
                                level: "enterprise" | "district" | "city" | "national" | "international" | null;
                                number: string | null;
                                occupation: string | null;
                                occurredOn: string;
                                organiser: string | null;
                                orgId: number | null;
                                orgName: string | null;
                                patentNo: string | null;
                                /** @enum {string|null} */
                                patentType: "invention" | "utility_model" | "design" | null;
                                personId: number;
                                personName: string;
                                rank: string | null;
                                /** @enum {string} */
                                source: "staff" | "import" | "event";
                                subjectKey: string;
                                title: string | null;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of my subtree (or of one union in it), searchable and filterable */
        get: {
            parameters: {
                query?: {
                    female?: boolean;
                    hardship?: boolean;
                    isFrontLine?: boolean;
                    isNewEmployment?: boolean;
                    isOutdoor?: boolean;
                    modelWorker?: boolean;
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                birthDate: string;
                                employerName: string | null;
                                gender: "male" | "female";
                                hardshipFrom: string | null;
                                hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                                hardshipUntil: string | null;
                                id: number;
                                idMasked: string;
                                isFrontLine: boolean;
                                isNewEmployment: boolean;
                                isOutdoor: boolean;
                                joinedOn: string | null;
                                modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                                name: string;
                                orgId: number | null;
                                orgName: string | null;
                                phone: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a person as a member of a union */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        employerName?: string | null;
                        hardshipFrom?: string | null;
                        hardshipLevel?: ("relative" | "general" | "deep") | (never | null);
                        hardshipUntil?: string | null;
                        idNumber: string;
                        isFrontLine?: boolean;
                        isNewEmployment?: boolean;
                        isOutdoor?: boolean;
                        joinedOn?: string;
                        modelWorkerLevel?: ("national" | "city" | "district") | (never | null);
                        name: string;
                        orgId: number;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            employerName: string | null;
                            gender: "male" | "female";
                            hardshipFrom: string | null;
                            hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                            hardshipUntil: string | null;
                            id: number;
                            idMasked: string;
                            isFrontLine: boolean;
                            isNewEmployment: boolean;
                            isOutdoor: boolean;
                            joinedOn: string | null;
                            modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                            name: string;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member with membership history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            employerName: string | null;
                            gender: "male" | "female";
                            hardshipFrom: string | null;
                            hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                            hardshipUntil: string | null;
                            id: number;
                            idMasked: string;
                            isFrontLine: boolean;
                            isNewEmployment: boolean;
                            isOutdoor: boolean;
                            joinedOn: string | null;
                            memberships: {
                                id: number;
                                joinedOn: string;
                                leftOn: string | null;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                status: "active" | "transferred" | "left";
                            }[];
                            modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                            name: string;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a member */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        employerName?: string | null;
                        hardshipFrom?: string | null;
                        hardshipLevel?: ("relative" | "general" | "deep") | (never | null);
                        hardshipUntil?: string | null;
                        isFrontLine?: boolean;
                        isNewEmployment?: boolean;
                        isOutdoor?: boolean;
                        modelWorkerLevel?: ("national" | "city" | "district") | (never | null);
                        name?: string;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            employerName: string | null;
                            gender: "male" | "female";
                            hardshipFrom: string | null;
                            hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                            hardshipUntil: string | null;
                            id: number;
                            idMasked: string;
                            isFrontLine: boolean;
                            isNewEmployment: boolean;
                            isOutdoor: boolean;
                            joinedOn: string | null;
                            modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                            name: string;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/members/{id}/reveal-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The unmasked ID-card number (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            idNumber: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer the membership to another union (history is kept) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        on: string;
                        toOrgId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            employerName: string | null;
                            gender: "male" | "female";
                            hardshipFrom: string | null;
                            hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                            hardshipUntil: string | null;
                            id: number;
                            idMasked: string;
                            isFrontLine: boolean;
                            isNewEmployment: boolean;
                            isOutdoor: boolean;
                            joinedOn: string | null;
                            memberships: {
                                id: number;
                                joinedOn: string;
                                leftOn: string | null;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                status: "active" | "transferred" | "left";
                            }[];
                            modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                            name: string;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of my subtree (or of one union) as .xlsx; ID numbers masked unless unmasked=1 */
        get: {
            parameters: {
                query?: {
                    female?: boolean;
                    hardship?: boolean;
                    isFrontLine?: boolean;
                    isNewEmployment?: boolean;
                    isOutdoor?: boolean;
                    modelWorker?: boolean;
                    orgId?: number;
                    q?: string;
                    /** @description Full ID numbers (people.reveal_id; audited) */
                    unmasked?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A union with counts and founding */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            closedOn: string | null;
                            committee: unknown | (never | null);
                            employerName: string | null;
                            foundedOn: string | null;
                            hasChildren: boolean;
                            id: number;
                            /** @enum {string} */
                            kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                            level: number;
                            members: number;
                            name: string;
                            parentId: number | null;
                            path: string;
                            shortName: string | null;
                            status: "active" | "closed";
                            unions: number;
                            uscc: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a union or record its founding, committee and credit code */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        committee?: {
                            chair?: string | null;
                            electedOn?: string | null;
                            members?: string[];
                            term?: number | null;
                            viceChairs?: string[];
                        } | null;
                        employerName?: string | null;
                        foundedOn?: string | null;
                        name?: string;
                        shortName?: string | null;
                        uscc?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedOn: string | null;
                            committee: unknown | (never | null);
                            employerName: string | null;
                            foundedOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                            level: number;
                            name: string;
                            parentId: number | null;
                            path: string;
                            shortName: string | null;
                            status: "active" | "closed";
                            uscc: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unions directly below one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedOn: string | null;
                            committee: unknown | (never | null);
                            employerName: string | null;
                            foundedOn: string | null;
                            hasChildren: boolean;
                            id: number;
                            /** @enum {string} */
                            kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                            level: number;
                            members: number;
                            name: string;
                            parentId: number | null;
                            path: string;
                            shortName: string | null;
                            status: "active" | "closed";
                            unions: number;
                            uscc: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Create a union below one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        committee?: {
                            chair?: string | null;
                            electedOn?: string | null;
                            members?: string[];
                            term?: number | null;
                            viceChairs?: string[];
                        } | null;
                        employerName?: string | null;
                        foundedOn?: string | null;
                        /** @enum {string} */
                        kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                        name: string;
                        shortName?: string | null;
                        uscc?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedOn: string | null;
                            committee: unknown | (never | null);
                            employerName: string | null;
                            foundedOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                            level: number;
                            name: string;
                            parentId: number | null;
                            path: string;
                            shortName: string | null;
                            status: "active" | "closed";
                            uscc: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close (撤销) an empty union */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        closedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedOn: string | null;
                            committee: unknown | (never | null);
                            employerName: string | null;
                            foundedOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                            level: number;
                            name: string;
                            parentId: number | null;
                            path: string;
                            shortName: string | null;
                            status: "active" | "closed";
                            uscc: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a union and its subtree under another parent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedOn: string | null;
                            committee: unknown | (never | null);
                            employerName: string | null;
                            foundedOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                            level: number;
                            name: string;
                            parentId: number | null;
                            path: string;
                            shortName: string | null;
                            status: "active" | "closed";
                            uscc: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/roots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unions at the top of my subtree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedOn: string | null;
                            committee: unknown | (never | null);
                            employerName: string | null;
                            foundedOn: string | null;
                            hasChildren: boolean;
                            id: number;
                            /** @enum {string} */
                            kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                            level: number;
                            members: number;
                            name: string;
                            parentId: number | null;
                            path: string;
                            shortName: string | null;
                            status: "active" | "closed";
                            unions: number;
                            uscc: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search unions by name in my subtree */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            closedOn: string | null;
                            committee: unknown | (never | null);
                            employerName: string | null;
                            foundedOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                            level: number;
                            name: string;
                            parentId: number | null;
                            path: string;
                            shortName: string | null;
                            status: "active" | "closed";
                            uscc: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records (certificates, awards, trainings, patents) of members in my subtree */
        get: {
            parameters: {
                query?: {
                    /** @description certificate, award, training or patent */
                    kind?: "certificate" | "award" | "training" | "patent";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    personId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                competition: string | null;
                                course: string | null;
                                createdAt: string;
                                feeFen: number | null;
                                grade: number | null;
                                id: number;
                                idMasked: string;
                                inventorOrder: number | null;
                                issuer: string | null;
                                /**
                                 * @description certificate, award, training or patent
                                 * @enum {string}
                                 */
                                kind: "certificate" | "award" | "training" | "patent";
                                /** @enum {string|null} */
                                level: "enterprise" | "district" | "city" | "national" | "international" | null;
                                number: string | null;
                                occupation: string | null;
                                occurredOn: string;
                                organiser: string | null;
                                orgId: number | null;
                                orgName: string | null;
                                patentNo: string | null;
                                /** @enum {string|null} */
                                patentType: "invention" | "utility_model" | "design" | null;
                                personId: number;
                                personName: string;
                                rank: string | null;
                                /** @enum {string} */
                                source: "staff" | "import" | "event";
                                subjectKey: string;
                                title: string | null;
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Enter a record for a member (a patent: one row per inventor) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        competition?: string;
                        course?: string;
                        date: string;
                        feeFen?: number;
                        /** @description 1 = 一级 (highest) … 5 = 五级 */
                        grade?: number;
                        /** @description Patents: inventors in order, each a person id or an ID-card number */
                        inventors?: (number | string)[];
                        issuer?: string | null;
                        /**
                         * @description certificate, award, training or patent
                         * @enum {string}
                         */
                        kind: "certificate" | "award" | "training" | "patent";
                        /** @enum {string} */
                        level?: "enterprise" | "district" | "city" | "national" | "international";
                        number?: string | null;
                        occupation?: string;
                        organiser?: string | null;
                        patentNo?: string;
                        /** @enum {string} */
                        patentType?: "invention" | "utility_model" | "design";
                        personId?: number;
                        rank?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                competition: string | null;
                                course: string | null;
                                createdAt: string;
                                feeFen: number | null;
                                grade: number | null;
                                id: number;
                                idMasked: string;
                                inventorOrder: number | null;
                                issuer: string | null;
                                /**
                                 * @description certificate, award, training or patent
                                 * @enum {string}
                                 */
                                kind: "certificate" | "award" | "training" | "patent";
                                /** @enum {string|null} */
                                level: "enterprise" | "district" | "city" | "national" | "international" | null;
                                number: string | null;
                                occupation: string | null;
                                occurredOn: string;
                                organiser: string | null;
                                orgId: number | null;
                                orgName: string | null;
                                patentNo: string | null;
                                /** @enum {string|null} */
                                patentType: "invention" | "utility_model" | "design" | null;
                                personId: number;
                                personName: string;
                                rank: string | null;
                                /** @enum {string} */
                                source: "staff" | "import" | "event";
                                subjectKey: string;
                                title: string | null;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            competition: string | null;
                            course: string | null;
                            createdAt: string;
                            feeFen: number | null;
                            grade: number | null;
                            id: number;
                            idMasked: string;
                            inventorOrder: number | null;
                            issuer: string | null;
                            /**
                             * @description certificate, award, training or patent
                             * @enum {string}
                             */
                            kind: "certificate" | "award" | "training" | "patent";
                            /** @enum {string|null} */
                            level: "enterprise" | "district" | "city" | "national" | "international" | null;
                            number: string | null;
                            occupation: string | null;
                            occurredOn: string;
                            organiser: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            patentNo: string | null;
                            /** @enum {string|null} */
                            patentType: "invention" | "utility_model" | "design" | null;
                            personId: number;
                            personName: string;
                            rank: string | null;
                            /** @enum {string} */
                            source: "staff" | "import" | "event";
                            subjectKey: string;
                            title: string | null;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a record entered by mistake (a patent with all its inventors); refused once an application refers to it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted: number[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import records of one kind from .xlsx or .csv (multipart field "file"), with row errors */
        post: {
            parameters: {
                query: {
                    /** @description certificate, award, training or patent */
                    kind: "certificate" | "award" | "training" | "patent";
                    /** @description all: nothing unless every row is valid; valid: the good rows */
                    mode?: "all" | "valid";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: {
                                column: string;
                                messageEn: string;
                                messageZh: string;
                                rowNo: number;
                            }[];
                            imported: number;
                            /**
                             * @description certificate, award, training or patent
                             * @enum {string}
                             */
                            kind: "certificate" | "award" | "training" | "patent";
                            /** @enum {string} */
                            mode: "all" | "valid";
                            skipped: number;
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template for one kind of record (.xlsx) */
        get: {
            parameters: {
                query: {
                    /** @description certificate, award, training or patent */
                    kind: "certificate" | "award" | "training" | "patent";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
