import * as vscode from 'vscode';
import type { Entity, EntityType } from '../../core/model';
import type { CorpusStore } from '../corpus/corpus-store';
import * as count from '../util/counts';
import { TYPE_ORDER } from '../util/entity-types';
import { NodeCache, Paging, entityItem, entityTooltip, goToEntityCommand, mentionItem, mentionsIn, moreItem, typeGroupItem, type Node } from './nodes';

/** Internal command of the "N more…" row (not in the palette). */
export const SHOW_MORE_ENTITIES = 'dossier.entities.showMore';

export type EntitySort = 'mentions' | 'name';

/** localeCompare with options builds a collator per call: one shared collator sorts 10,000 names ~10× faster. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Corpus-wide entities by type → documents → mentions, sortable and filterable. */
export class EntitiesTree implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly cache = new NodeCache();
  readonly paging = new Paging();
  filterText = '';
  sort: EntitySort = 'mentions';

  constructor(private readonly store: CorpusStore) {}

  private visible: Entity[] | undefined;
  private byType: Map<EntityType, Entity[]> | undefined;

  refresh(): void {
    this.visible = undefined;
    this.byType = undefined;
    this.sortedTypes.clear();
    this.cache.clear();
    this.emitter.fire(undefined);
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    this.refresh();
  }

  /** Entities shown (after the filter), computed once per refresh: every row reads it. */
  visibleEntities(): Entity[] {
    if (!this.visible) {
      const all = this.store.index.entities();
      const matches = this.filterText ? new Set(this.store.index.findEntities(this.filterText, all.length + 1).map((e) => e.id)) : undefined;
      this.visible = matches ? all.filter((e) => matches.has(e.id)) : all;
    }
    return this.visible;
  }

  /** The visible entities grouped by type, once per refresh (type rows and their children read it). */
  private visibleByType(): Map<EntityType, Entity[]> {
    if (!this.byType) {
      this.byType = new Map();
      for (const e of this.visibleEntities()) {
        const list = this.byType.get(e.type);
        if (list) list.push(e);
        else this.byType.set(e.type, [e]);
      }
    }
    return this.byType;
  }

  typeNode(type: EntityType): Node {
    return this.cache.get({ kind: 'type', id: `type/${type}`, type });
  }

  entityNode(entity: Entity): Node {
    const parent = this.typeNode(entity.type);
    return this.cache.get({ kind: 'entity', id: `${parent.id}/${entity.id}`, entity: entity.id, parent });
  }

  getParent(node: Node): Node | undefined {
    return 'parent' in node ? node.parent : undefined;
  }

  getChildren(node?: Node): Node[] {
    const index = this.store.index;
    if (!node) {
      const byType = this.visibleByType();
      return TYPE_ORDER.filter((t) => byType.has(t)).map((t) => this.typeNode(t));
    }
    switch (node.kind) {
      case 'type':
        // Tens of thousands of entities of one type: VS Code builds a row for every child of an
        // expanded node, so a page at a time (the sort is cached per refresh).
        return this.paging.page(node.type, this.sortedOf(node.type), (e) => this.entityNode(e), this.cache, node);
      case 'entity': {
        const e = index.entity(node.entity);
        return (e?.docs ?? []).map((doc) => this.cache.get({ kind: 'entityDoc', id: `${node.id}/${doc}`, doc, entity: node.entity, parent: node }));
      }
      case 'entityDoc':
        return mentionsIn(index.entity(node.entity), node.doc)
          .map((m) => this.cache.get({ kind: 'mention', id: `${node.id}/${m.start}`, doc: m.doc, entity: node.entity, span: { start: m.start, end: m.end }, parent: node }));
      default:
        return [];
    }
  }

  /** Tooltips are built when a row is hovered, not for every row of every refresh. */
  resolveTreeItem(item: vscode.TreeItem, node: Node): vscode.TreeItem {
    if (node.kind === 'entity' && !item.tooltip) {
      const e = this.store.index.entity(node.entity);
      if (e) item.tooltip = entityTooltip(e);
    }
    return item;
  }

  /** Before a reveal: the entity's page is shown (its row must exist for VS Code to find it). */
  ensureShown(entity: Entity): void {
    const i = this.sortedOf(entity.type).findIndex((e) => e.id === entity.id);
    if (i >= 0 && this.paging.ensure(entity.type, i)) this.emitter.fire(this.cache.find(`type/${entity.type}`));
  }

  /** Shows another page of a type's entities. */
  showMore(list: string): void {
    this.paging.more(list);
    const type = this.cache.find(`type/${list}`);
    this.emitter.fire(type);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const index = this.store.index;
    switch (node.kind) {
      case 'more':
        return moreItem(node, SHOW_MORE_ENTITIES);
      case 'type': {
        const n = this.visibleByType().get(node.type)?.length ?? 0;
        return typeGroupItem(node.type, node.id, n, vscode.TreeItemCollapsibleState.Expanded);
      }
      case 'entity': {
        const e = index.entity(node.entity);
        if (!e) return new vscode.TreeItem(node.entity);
        const item = entityItem(e, node.id);
        const n = index.countsOf(e);
        item.description = `${count.mentions(n.mentions)} · ${count.docs(n.docs)}`;
        item.command = goToEntityCommand(e.id);
        return item;
      }
      case 'entityDoc': {
        const doc = index.document(node.doc);
        const n = mentionsIn(index.entity(node.entity), node.doc).length;
        const item = new vscode.TreeItem(doc?.title.trim() || node.doc, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = `${count.mentions(n)}${doc?.published.date ? ` · ${doc.published.date}` : ''}`;
        item.iconPath = new vscode.ThemeIcon('file-text');
        item.tooltip = node.doc;
        item.contextValue = 'dossier.entityDocument';
        item.command = goToEntityCommand(node.entity, node.doc);
        return item;
      }
      case 'mention':
        return mentionItem(this.store, node, false);
      default:
        return new vscode.TreeItem('');
    }
  }

  private sortedTypes = new Map<EntityType, Entity[]>();

  /** A type's visible entities in the chosen order, sorted once per refresh. */
  private sortedOf(type: EntityType): Entity[] {
    let list = this.sortedTypes.get(type);
    if (!list) {
      list = [...(this.visibleByType().get(type) ?? [])];
      const byName = (a: Entity, b: Entity) => collator.compare(a.name, b.name);
      if (this.sort === 'name') list.sort(byName);
      else {
        const n = new Map(list.map((e) => [e, this.store.index.countsOf(e)]));
        list.sort((a, b) => n.get(b)!.mentions - n.get(a)!.mentions || n.get(b)!.docs - n.get(a)!.docs || byName(a, b));
      }
      this.sortedTypes.set(type, list);
    }
    return list;
  }

  dispose(): void { this.emitter.dispose(); }
}
