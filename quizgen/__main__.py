"""Allow ``python -m quizgen``."""

from quizgen.cli import main

if __name__ == "__main__":
    main()
