package org.rejoin.tasks;

/**
 * A task as a person reads it: the task, the child it is about (their name, or null for a task about
 * no child) and the page of its subject (null when no module gives one: then the child's page).
 */
public record TaskView(Task task, String childName, String page) {
}
