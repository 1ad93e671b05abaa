"""The exchange protocol of DESIGN §11, tested without a database: three seats in memory."""
