import { MemoryFS } from '@electric-sql/pglite';

/**
 * A PGlite cluster held as its files in memory (ADR 144). A test file's database opens from the image the run made
 * once, instead of from a tarball: no gunzip, no tar read, no folder looked up file by file, and no crash recovery,
 * since the image is taken after the cluster was shut down cleanly (a tarball is dumped while it runs). Opening
 * a database costs about a third of what unpacking a tarball did.
 */
export interface ClusterImage {
  /** The data directory's folders, parents before children, relative to it. */
  dirs: string[];
  files: { path: string; data: Uint8Array }[];
}

/** Where PGlite keeps its cluster in its own file system. */
const PGDATA = '/pglite/data';

type EmscriptenFs = NonNullable<ImageFs['pg']>['Module']['FS'];

/**
 * PGlite's in-memory file system, filled from an image before PostgreSQL starts (`from`), and read back into an
 * image once PostgreSQL has shut down (`keep`).
 */
export class ImageFs extends MemoryFS {
  constructor(
    private readonly from?: ClusterImage,
    private readonly keep?: (image: ClusterImage) => void,
  ) {
    super();
  }

  private fs(): EmscriptenFs {
    if (!this.pg) throw new Error('the file system is not attached to a database');
    return this.pg.Module.FS;
  }

  override async initialSyncFs(): Promise<void> {
    if (!this.from) return;
    const fs = this.fs();
    fs.mkdirTree(PGDATA);
    for (const dir of this.from.dirs) fs.mkdir(`${PGDATA}/${dir}`, 0o700);
    // each file a copy this database owns: what it writes stays its own, and the image stays as it was
    for (const f of this.from.files)
      fs.writeFile(`${PGDATA}/${f.path}`, new Uint8Array(f.data), { canOwn: true });
  }

  override async closeFs(): Promise<void> {
    if (this.keep) this.keep(readImage(this.fs()));
    await super.closeFs();
  }
}

/** The cluster's files as they are now. */
function readImage(fs: EmscriptenFs): ClusterImage {
  const image: ClusterImage = { dirs: [], files: [] };
  const walk = (dir: string) => {
    for (const name of fs.readdir(`${PGDATA}/${dir}`)) {
      if (name === '.' || name === '..') continue;
      const path = dir ? `${dir}/${name}` : name;
      if (fs.isDir(fs.stat(`${PGDATA}/${path}`).mode)) {
        image.dirs.push(path);
        walk(path);
      } else image.files.push({ path, data: fs.readFile(`${PGDATA}/${path}`) });
    }
  };
  walk('');
  return image;
}

/** An image as one buffer: the length of its index (4 bytes), the index (JSON), then every file's bytes in order. */
export function imageBytes(image: ClusterImage): Buffer {
  const index = Buffer.from(
    JSON.stringify({ dirs: image.dirs, files: image.files.map((f) => [f.path, f.data.byteLength]) }),
  );
  const head = Buffer.alloc(4);
  head.writeUInt32LE(index.length);
  return Buffer.concat([head, index, ...image.files.map((f) => f.data)]);
}

/** The image `imageBytes` wrote; its files are views into `bytes`. */
export function imageOf(bytes: Buffer): ClusterImage {
  const length = bytes.readUInt32LE(0);
  const index = JSON.parse(bytes.subarray(4, 4 + length).toString()) as {
    dirs: string[];
    files: [string, number][];
  };
  let at = 4 + length;
  const files = index.files.map(([path, size]) => {
    const data = new Uint8Array(bytes.buffer, bytes.byteOffset + at, size);
    at += size;
    return { path, data };
  });
  if (at !== bytes.length) throw new Error('a cluster image whose files do not add up to its length');
  return { dirs: index.dirs, files };
}
