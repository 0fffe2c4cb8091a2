package io.livecd.common.event;

/** What the bridge changed in Foreman, on livecd.foreman. */
public sealed interface ForemanEvent extends LivecdEvent permits ForemanParametersUpdated, ForemanUpdateFailed {

}
