import type { recordsZh } from './records.zh.ts';

/** English messages of the records page (certificates, awards, trainings, patents). */
export const recordsEn: typeof recordsZh = {
  rec: {
    nav: 'Records',
    title: 'Records',
    what: 'the records',
    empty: 'No records match',
    allKinds: 'All kinds',
    year: 'Year',
    kind: { certificate: 'Certificate', award: 'Award', training: 'Training', patent: 'Patent' },
    level: {
      enterprise: 'Enterprise',
      district: 'District',
      city: 'City',
      national: 'National',
      international: 'International',
    },
    source: {
      staff: 'Entered by staff',
      import: 'Imported',
      event: 'Event',
      contest: 'Contest results',
      selection: 'Selection results',
      learning: 'Course completed',
      innovation: 'Innovation',
    },
    field: {
      person: 'Name',
      idNumber: 'ID number',
      kind: 'Kind',
      content: 'What',
      date: 'Date',
      union: 'Union',
      source: 'Source',
    },
  },
};
