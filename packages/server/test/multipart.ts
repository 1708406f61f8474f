/** A file in a multipart/form-data body: its field (`file` unless named), its name, its type and its bytes. */
export interface FormFile {
  field?: string;
  name: string;
  /** application/octet-stream unless given. */
  mime?: string;
  data: Buffer;
}

/**
 * A multipart/form-data body as a browser sends a form: its text fields, then its files, between lines of
 * `boundary`; with the content-type header that names the boundary.
 */
export function multipartForm(
  form: { fields?: Record<string, string>; files?: FormFile[] },
  boundary = '----gonghui-test-boundary',
): { payload: Buffer; headers: { 'content-type': string } } {
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(form.fields ?? {}))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of form.files ?? [])
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.name}"\r\n` +
          `Content-Type: ${f.mime ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A multipart/form-data body carrying one file in the field `file`, as the web app uploads a sheet. */
export const multipart = (fileName: string, content: Buffer) =>
  multipartForm({ files: [{ name: fileName, data: content }] });
