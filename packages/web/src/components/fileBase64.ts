/** A file's content in base64, as a JSON body carries a file (`contentBase64`, `dataBase64`). */
export function fileBase64(file: File): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    // the reader answers a data URL, `data:<type>;base64,` before the content
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
