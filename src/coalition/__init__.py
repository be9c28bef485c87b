"""Coalition Tracker: sourced facts about security coalitions and support to Ukraine, from news."""

__version__ = "0.1.0"
