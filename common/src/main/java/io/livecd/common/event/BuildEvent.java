package io.livecd.common.event;

/** A CI build and its artifacts, on livecd.builds. */
public sealed interface BuildEvent extends LivecdEvent permits BuildCompleted {

}
