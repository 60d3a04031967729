"""`python -m graph` is an alias of the `kg` command."""

from graph.cli import main

if __name__ == "__main__":
    main()
