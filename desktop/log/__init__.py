"""The log on screen: the encounter list model, the encounter form and its parts, the clients."""
