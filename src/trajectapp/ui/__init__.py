"""The Qt user interface, in folders by feature; it talks to services, never to SQL."""
