/**
 * Board discovery: the company boards a candidate watches ({@link dev.nyx.core.watch.BoardWatcher}),
 * listed through the posting sources that can list boards; every posting not seen before is fetched,
 * matched and planned, then skipped by the policy or queued for approval.
 */
package dev.nyx.core.watch;
