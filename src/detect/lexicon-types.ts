import type { Entity } from '../facts/types';

/** What the detector needs of an entity: no names for display, no facts. */
export type LexiconEntry = Pick<Entity, 'id' | 'kind' | 'aliases' | 'detect'>;
