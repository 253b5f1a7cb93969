/** Every command Dossier contributes (package.json `contributes.commands` lists the same ids). */
export const Cmd = {
  refresh: 'dossier.refresh',
  showLog: 'dossier.showLog',
  openSample: 'dossier.openSample',
  /** (docId, start, end): opens the document and selects exactly that span. */
  openLocation: 'dossier.openLocation',
  /** (entity): goes to the entity's first mention. */
  goToEntity: 'dossier.goToEntity',
  revealEntity: 'dossier.revealEntity',
  showAllMentions: 'dossier.showAllMentions',
  showInTimeline: 'dossier.showInTimeline',
  renameEntity: 'dossier.renameEntity',
  mergeEntity: 'dossier.mergeEntity',
  changeEntityType: 'dossier.changeEntityType',
  rejectEntity: 'dossier.rejectEntity',
  copyEntityName: 'dossier.copyEntityName',
  resetCorrections: 'dossier.resetCorrections',
  sortEntitiesByName: 'dossier.entities.sortByName',
  sortEntitiesByMentions: 'dossier.entities.sortByMentions',
  filterEntities: 'dossier.entities.filter',
  clearEntityFilter: 'dossier.entities.clearFilter',
  toggleHighlights: 'dossier.toggleHighlights',
  setPublicationDate: 'dossier.setPublicationDate',
  exportJson: 'dossier.exportJson',
  exportCsv: 'dossier.exportCsv',
  exportTimelineJs: 'dossier.exportTimelineJs',
  /** Owned by the timeline feature (src/extension/timeline/). */
  showTimeline: 'dossier.showTimeline',
} as const;

/** Commands a hover's links may run: Dossier's own, nothing else (`isTrusted.enabledCommands`). */
export const HOVER_COMMANDS: readonly string[] = [
  Cmd.openLocation, Cmd.goToEntity, Cmd.revealEntity, Cmd.showAllMentions, Cmd.showInTimeline,
];

/** Context keys the manifest's `when` clauses read. */
export const Ctx = {
  state: 'dossier.state',
  entitySort: 'dossier.entitySort',
  entityFilter: 'dossier.entityFilterActive',
  cursorOnEntity: 'dossier.cursorOnEntity',
  highlights: 'dossier.highlightsEnabled',
} as const;
