import { crc32 } from 'node:zlib';

/**
 * A PNG file made of these chunks (type and data), each written with its length and CRC after the signature: the
 * pictures the card photo and calls tests send, a text chunk in them that the server must strip.
 */
export function pngOf(chunks: [type: string, data: Buffer][]): Buffer {
  const chunk = ([type, data]: [string, Buffer]) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks.map(chunk)]);
}
