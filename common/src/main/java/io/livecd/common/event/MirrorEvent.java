package io.livecd.common.event;

/** What a location's mirror holds, on livecd.mirrors. */
public sealed interface MirrorEvent extends LivecdEvent permits MirrorSynced, MirrorSyncFailed, MirrorEvicted {

}
