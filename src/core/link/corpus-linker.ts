import type { DocumentAnalysis, EntityType } from '../model';

/** A corpus entity as the linker sees it: which doc entities it gathers. */
export interface LinkedEntity {
  /** `${type}:${slug(name)}`; see model.ts `Entity.id`. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  role?: string;
  members: { doc: string; key: string }[];
}

/**
 * Links doc entities across documents into corpus entities, incrementally: upserting or removing
 * one document touches only the clusters that document's entities belong to.
 * (stub: links by exact type + name; the entity engineer replaces it)
 */
export class CorpusLinker {
  private readonly byDoc = new Map<string, DocumentAnalysis>();

  upsert(doc: DocumentAnalysis): void {
    this.byDoc.set(doc.id, doc);
  }

  remove(docId: string): void {
    this.byDoc.delete(docId);
  }

  /** All corpus entities, in no particular order. */
  entities(): LinkedEntity[] {
    const out = new Map<string, LinkedEntity>();
    for (const doc of this.byDoc.values()) {
      for (const e of doc.entities) {
        const id = `${e.type}:${e.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
        const le = out.get(id) ?? { id, name: e.name, type: e.type, aliases: [], members: [] };
        for (const a of e.aliases) if (!le.aliases.includes(a)) le.aliases.push(a);
        le.members.push({ doc: doc.id, key: e.key });
        out.set(id, le);
      }
    }
    return [...out.values()];
  }
}
