"""furikaeri (振り返り): turn a failed interview into a better next one."""

__version__ = "0.1.0"
