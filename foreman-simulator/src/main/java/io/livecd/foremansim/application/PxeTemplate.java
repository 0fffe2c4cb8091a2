package io.livecd.foremansim.application;

import io.livecd.foremansim.model.EffectiveParameters;
import io.livecd.foremansim.model.Host;
import io.livecd.foremansim.model.Parameter;

/**
 * The PXELinux template of FOREMAN-API.md, rendered for one host: <pre>
 * APPEND initrd=&lt;%= @initrd %&gt; &lt;%= mainparams %&gt; root=live:&lt;%= host_param('livesystem_url') %&gt;/&lt;%= host_param('live_squash') %&gt; systemd.setenv=SPEEDISO=&lt;%= host_param('hk_speedtest_autotask') %&gt; &lt;%= modprobe %&gt; noeject
 * </pre>
 *
 * @param initrd what {@code @initrd} renders to
 * @param mainparams what {@code mainparams} renders to
 * @param modprobe what {@code modprobe} renders to
 */
public record PxeTemplate(String initrd, String mainparams, String modprobe) {

	public static final String KIND = "PXELinux";

	String render(Host host, EffectiveParameters parameters) {
		return "APPEND initrd=" + this.initrd + " " + this.mainparams + " root=live:"
				+ param(host, parameters, "livesystem_url") + "/" + param(host, parameters, "live_squash")
				+ " systemd.setenv=SPEEDISO=" + param(host, parameters, "hk_speedtest_autotask") + " " + this.modprobe
				+ " noeject";
	}

	private static String param(Host host, EffectiveParameters parameters, String name) {
		return parameters.of(host, name).map(Parameter::printed).orElse("");
	}

}
