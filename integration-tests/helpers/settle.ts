/** What the test runner hands a suite for waiting on the workflow engine. */
type RunnerUtils = { waitWorkflowExecutions: () => Promise<void> }

/**
 * Waits until no workflow run is in flight, twice a moment apart (the subscribers
 * of the last events start their runs a little later). Call it at the end of a
 * `beforeAll` that the runner snapshots: a run caught mid-flight in the snapshot
 * would be restored, never finish, and make every test wait out the runner's
 * minute-long check for running workflows.
 */
export async function settleWorkflows(utils: RunnerUtils) {
  for (let round = 0; round < 2; round++) {
    await utils.waitWorkflowExecutions()
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await utils.waitWorkflowExecutions()
}
