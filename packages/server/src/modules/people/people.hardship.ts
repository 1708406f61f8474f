import { AppError } from '../../shared/errors.ts';

/** A hand edit of the hardship fields of a person whose level comes from a hardship file. */
export function hardshipFromFile(fileId: number) {
  return new AppError(
    'conflict',
    'HARDSHIP_FROM_FILE',
    {
      zh: '该职工的困难等级来自困难职工档案，请在档案中复核或销档后再修改',
      en: "This worker's hardship level comes from their hardship file; review or close the file to change it",
    },
    { field: 'hardshipLevel', fileId },
  );
}
