import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What pledges adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    /** 办实事 projects of the subtree's unions: read; promise, track and complete them. */
    'pledges.read': {
      zh: '查看办实事项目',
      en: 'See pledged projects',
      roles: READ_ROLES,
    },
    'pledges.write': {
      zh: '维护办实事项目',
      en: 'Maintain pledged projects',
      roles: WRITE_ROLES,
    },
  },
  auditActions: {
    'pledge.cancel': { zh: '撤销实事项目', en: 'Cancelled a project for workers' },
    'pledge.complete': { zh: '实事项目完成', en: 'Completed a project for workers' },
    'pledge.create': { zh: '实事项目立项', en: 'Promised a project for workers' },
    'pledge.edit': { zh: '修改实事项目', en: 'Edited a project for workers' },
    'pledge.evidence.add': { zh: '上传实事项目完成佐证', en: "Added a project's completion evidence" },
    'pledge.import': { zh: '导入办实事项目台账', en: 'Import a register of projects for workers' },
    'pledge.milestone': { zh: '实事项目进度节点完成', en: "Reached a project's milestone" },
  },
  auditEntities: {
    pledge: { zh: '办实事项目', en: 'Project for workers' },
  },
  reportingAreas: ['pledges'],
  menuArea: 'pledges',
});

/** 技能提升, 生产生活条件, 帮扶救助, 福利体系, 特殊群体 (the areas seed 001 names). */
export const CATEGORIES = ['skills', 'conditions', 'relief', 'welfare', 'special_groups'] as const;
export type Category = (typeof CATEGORIES)[number];
