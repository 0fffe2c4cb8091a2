package io.livecd.foreman.parameters.model;

/**
 * One thing Foreman should end up holding. A newer intent with the same {@link #key()}
 * supersedes an older one that is still pending, so only the latest desired value per
 * parameter is ever written.
 */
public sealed interface Intent permits Intent.SetParameter, Intent.RemoveParameter, Intent.RebuildTftp {

	/**
	 * Identifies what the intent is about; intents with equal keys supersede each other.
	 */
	String key();

	/** The scope named in the events about it. */
	Scope scope();

	/** The parameter name, or {@code rebuild_config}, for events and logs. */
	String subject();

	/** The value to hold, {@code null} for none, for events and logs. */
	String value();

	/** Foreman should hold {@code name = value} at {@code scope}. */
	record SetParameter(Scope scope, String name, String value) implements Intent {

		@Override
		public String key() {
			return this.scope.key() + "|" + this.name;
		}

		@Override
		public String subject() {
			return this.name;
		}

	}

	/** Foreman should hold no parameter {@code name} at {@code scope}. */
	record RemoveParameter(Scope scope, String name) implements Intent {

		@Override
		public String key() {
			return this.scope.key() + "|" + this.name;
		}

		@Override
		public String subject() {
			return this.name;
		}

		@Override
		public String value() {
			return null;
		}

	}

	/** Foreman should re-render the PXELinux files of {@code target}. */
	record RebuildTftp(Scope scope, TftpTarget target) implements Intent {

		@Override
		public String key() {
			return "rebuild|" + this.target.describe();
		}

		@Override
		public String subject() {
			return "rebuild_config";
		}

		@Override
		public String value() {
			return this.target.describe();
		}

	}

}
