"""The monthly PDF: its HTML, charts, pagination, the writer and the export flow."""
