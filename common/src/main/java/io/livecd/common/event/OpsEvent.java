package io.livecd.common.event;

/** Operator requests, on livecd.ops. */
public sealed interface OpsEvent extends LivecdEvent permits AliasRollbackRequested, HostTaskRequested {

}
