// The dialog's public surface: run one turn, the machine (for diagrams and path tests), the
// persisted snapshot's schema, the typed error and the contract types.
export * from './contract';
export { STATE_NAMES, type StateName } from './dialog-types';
export { DialogError, type DialogErrorCode, isDialogError } from './errors';
export { type DialogMachine, dialogMachine } from './machine';
export { type DialogSnapshot, dialogSnapshotSchema, SNAPSHOT_VERSION } from './snapshot';
export { say, TEXTS, type TextKey } from './texts';
export { runTurn, type TurnOptions } from './turn';
