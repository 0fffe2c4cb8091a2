package io.livecd.foreman.task.application;

/** Where accepted host task requests go (the ops topic). */
public interface TaskRequests {

	/** Publishes the request and returns its event id. */
	String publish(String host, String task, String actor);

}
