"""Server settings: loopback by default, the token from the environment."""

from eventwire.config import load_config
from eventwire.serve.middleware import content_security_policy
from eventwire.serve.settings import ServeSettings


def test_defaults_bind_loopback_with_writing_off():
    settings = ServeSettings.from_config(load_config(), environ={})
    assert settings.host == "127.0.0.1" and settings.port == 8000
    assert settings.token is None and settings.tiles is None


def test_environment_token_wins_over_config():
    config = load_config(overrides={"serve": {"token": "from-config"}})
    assert ServeSettings.from_config(config, environ={}).token == "from-config"
    assert ServeSettings.from_config(config, environ={"EVENTWIRE_TOKEN": "from-env"}).token == "from-env"


def test_command_line_values_override_and_none_means_unset():
    settings = ServeSettings.from_config(load_config(), environ={}, host="0.0.0.0", port=None)
    assert settings.host == "0.0.0.0" and settings.port == 8000


def test_token_is_not_in_repr():
    assert "s3cret" not in repr(ServeSettings(token="s3cret"))


def test_csp_allows_tile_host_images_only_when_configured():
    assert "tile" not in content_security_policy()
    policy = content_security_policy("https://{s}.tile.example.org/{z}/{x}/{y}.png")
    assert "img-src 'self' data: https://*.tile.example.org" in policy
    assert "script-src 'self';" in policy
