"""Performance measurements (DESIGN §8). The full harness (`python -m benchmarks`) is its own issue."""
