"""Liquid exactly as Jekyll 4.3 runs it: python-liquid plus Jekyll's tags, filters and Ruby values."""

from jekyll_py.liquid.environment import LiquidEngine

__all__ = ["LiquidEngine"]
