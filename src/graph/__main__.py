"""`python -m graph` is an alias of the `kg` command."""

from graph.cli import run

if __name__ == "__main__":
    run()
