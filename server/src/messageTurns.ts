/**
 * Node: the turns a message from the client takes to reach its handler, on setImmediate (no setTimeout's 1 ms
 * minimum per turn; a turn costs microseconds). vscode-jsonrpc decodes one message a turn, behind a lock, then queues
 * its handling for another turn, and a check starts at the turn after: three turns let a keystroke that arrived
 * while a large document's analysis ran a slice reach its check before the next slice (with one turn it waited a
 * slice per turn it took), and let what a check sent be written before the next slice.
 */
export async function messageTurns(): Promise<void> {
  for (let turn = 0; turn < MESSAGE_TURNS; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}
const MESSAGE_TURNS = 3;
