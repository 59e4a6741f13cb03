import sys

from bot.cli import main

# Guarded: a process started to build part of the index (multiprocessing's spawn) imports this module too.
if __name__ == "__main__":
    sys.exit(main())
