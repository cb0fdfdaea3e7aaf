/**
 * Gives the event loop a turn: requests and notifications waiting are handled before the work goes on. A timer, which
 * every runtime has (a browser worker has no setImmediate); the Node server passes `messageTurns`.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
