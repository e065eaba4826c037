"""smart: guide a business through the SMART marketing strategy model, from the terminal."""

__version__ = "0.1.0"
