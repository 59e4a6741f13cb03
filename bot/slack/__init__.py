"""The Slack wing: the Bolt app and its listeners, Block Kit, the HTTP server. Nothing else imports Slack."""
