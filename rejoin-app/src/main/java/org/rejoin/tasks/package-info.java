/**
 * Tasks: deadlines and work queues. A module whose rule sets a deadline (a CME case's locate
 * target, an escalation to children's social care) opens a task with the date it computed in
 * school days, and closes it when the milestone is reached; a person may record a task done.
 * Overdue is derived (open, due before today), never stored. Urgent tasks head every queue.
 * <p>Publishes no events and listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package org.rejoin.tasks;
