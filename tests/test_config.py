import pytest
import yaml

from bot.config import ConfigError, check_slack, load_settings
from tests.conftest import ROOT


def test_http_mode_names_every_missing_variable():
    with pytest.raises(ConfigError) as error:
        check_slack(load_settings({}))
    message = str(error.value)
    assert "HTTP mode" in message
    assert "SLACK_BOT_TOKEN is not set" in message and "SLACK_SIGNING_SECRET is not set" in message


def test_socket_mode_needs_the_app_token_not_the_signing_secret():
    settings = load_settings({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"})
    assert settings.socket_mode
    check_slack(settings)


def test_malformed_values_are_named():
    settings = load_settings(
        {"SLACK_BOT_TOKEN": "xoxp-user", "SLACK_SIGNING_SECRET": "s", "PORT": "http", "SLACK_API_URL": "not a url"}
    )
    with pytest.raises(ConfigError) as error:
        check_slack(settings)
    message = str(error.value)
    assert "should start with xoxb-" in message and "PORT" in message and "SLACK_API_URL" in message


def test_tokens_never_appear_in_the_settings_repr():
    settings = load_settings({"SLACK_BOT_TOKEN": "xoxb-secret-value", "SLACK_SIGNING_SECRET": "shh"})
    assert "xoxb-secret-value" not in repr(settings) and "shh" not in repr(settings)


def test_defaults():
    settings = load_settings({})
    assert settings.port == 3000 and settings.api_url == "" and not settings.has_slack
    assert settings.knowledge_dir.name == "knowledge" and settings.api_retries == 3
    assert load_settings({"BRIEFBOT_CACHE_DIR": "off"}).cache_dir is None


def test_serve_without_tokens_exits_2_naming_the_variables(capsys, monkeypatch):
    from bot.cli import main  # noqa: PLC0415

    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert "SLACK_BOT_TOKEN" in err and "Traceback" not in err


def test_unreachable_web_api_is_a_clear_message_not_a_traceback(capsys, monkeypatch):
    from bot.cli import main  # noqa: PLC0415

    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "test-secret")
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")  # discard port: nothing listens
    monkeypatch.setenv("BRIEFBOT_API_RETRIES", "0")  # a refused connection is the same answer on every try
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert "Could not reach the Slack Web API" in err and "Traceback" not in err


def test_manifest_asks_for_what_the_bot_uses():
    manifest = yaml.safe_load((ROOT / "manifest.yml").read_text())
    assert {c["command"] for c in manifest["features"]["slash_commands"]} == {"/summary", "/ask", "/sources"}
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert events == {"app_mention", "message.im", "app_home_opened", "message.channels"}
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {
        "app_mentions:read",
        "chat:write",
        "commands",
        "im:history",
        "channels:history",
        "reactions:write",
    } <= scopes
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    [shortcut] = manifest["features"]["shortcuts"]
    assert shortcut["type"] == "message" and shortcut["callback_id"] == "ask_about_message"
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
