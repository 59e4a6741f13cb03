"""Test doubles shared by tests/ and bench/: a fake Slack Web API and Socket Mode endpoint that speak
real HTTP and WebSocket on 127.0.0.1, Slack's request signing, and a synthetic fact-base generator.
(Like `click.testing`: shipped with the code so both test suites use one copy.)"""
