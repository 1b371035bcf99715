"""The operations both front ends call. No printing, no Qt, no prompts: arguments in,
typed results or ContactVaultErrors out. Long operations take ``progress(done, total)``
and a ``cancel`` threading.Event."""
