"""Mail: sending a file by e-mail, the sent-mail log, and the mail page of the settings."""
