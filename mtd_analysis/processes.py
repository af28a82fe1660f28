"""Worker processes: ended with their parent, and work done in a forked worker trusted only whole; and the
garbage collector held off while a step makes many small objects.

Any step may use these (like :mod:`mtd_analysis.config`): the reader's and the report's worker pools end
with the command (:func:`die_with_parent`); the build writes its early tables and the classifier ranks
part of a batch in a :class:`Forked` worker; the build gathers the rows read, and the classifier and the
mapping their results, with the cyclic collector paused (:func:`collector_paused`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager


def die_with_parent() -> None:
    """Make this (worker) process end when its parent does (Linux: PR_SET_PDEATHSIG; elsewhere: nothing).

    Used as the initializer of every worker pool, so that killing a command
    leaves no process behind.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - no libc: nothing to do
        return


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block; its state before is restored after.

    For steps that make hundreds of thousands of small containers without cycles (the rows read, a
    classifier's results: dicts and lists of text and numbers), which reference counting frees: each
    collection the allocations trigger would walk all of them again, and a build of 100,000 projects
    spent over a second in such collections. Cycles made in the block are collected after it.

    Examples
    --------
    >>> import gc
    >>> with collector_paused():
    ...     rows = [{"title": str(i)} for i in range(1000)]
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def fork_context():
    """The ``fork`` start method where it is safe and cheap (Linux, not inside a daemonic worker), else None.

    A forked worker starts at once with this process's memory (the tables, the loaded reference data), shared
    until either side writes to it; nothing is pickled on the way in.
    """
    import multiprocessing as mp

    if not sys.platform.startswith("linux") or mp.current_process().daemon:
        return None  # a daemonic process (a pool's worker) may not start children
    try:
        return mp.get_context("fork")
    except ValueError:  # pragma: no cover - a Linux without fork
        return None


class Forked:
    """A function's result, computed in a forked worker while this process goes on with other work.

    ``Forked(function, *args)`` starts the worker; :meth:`result` waits for it and returns
    ``function(*args)``. The worker is a copy of this process (see :func:`fork_context`) and dies with it.
    Its answer is trusted only when it arrives whole: when no worker can be started, when it fails, raises
    or dies, :meth:`result` calls the function here instead, so that the result, or the exception, is
    always the function's own. The function must be safe to run twice (write files atomically).

    Examples
    --------
    >>> job = Forked(sum, [1, 2, 3])
    >>> job.result()
    6
    >>> Forked(int, "x").result()  # the worker's exception is raised again, here
    Traceback (most recent call last):
    ...
    ValueError: invalid literal for int() with base 10: 'x'
    """

    def __init__(self, function, *args):
        self._call = (function, args)
        self.arguments = args  #: the arguments the function was given
        self._worker = self._receiver = None
        context = fork_context()
        if context is None:
            return
        try:
            receiver, sender = context.Pipe(duplex=False)
            worker = context.Process(
                target=_forked_main, args=(function, args, os.getpid(), sender), daemon=True
            )
            worker.start()
            sender.close()
        except OSError:  # no process can be started now (limits): the function runs here when asked
            return
        self._worker, self._receiver = worker, receiver

    def result(self):
        """The function's result: the worker's when it sent one, else computed here."""
        answer = None
        if self._worker is not None:
            try:
                answer = self._receiver.recv()
            except (EOFError, OSError):  # the worker died before answering (killed, out of memory)
                answer = None
            finally:
                self.close()
        if isinstance(answer, tuple) and answer[0] == "done":
            return answer[1]
        function, args = self._call
        return function(*args)

    def close(self) -> None:
        """Stop the worker if it still runs (its result is no longer wanted)."""
        worker, receiver = self._worker, self._receiver
        self._worker = self._receiver = None
        if receiver is not None:
            receiver.close()
        if worker is not None:
            if worker.is_alive():
                worker.kill()
            worker.join()


def _forked_main(function, args, parent: int, sender) -> None:
    """In a forked worker: call the function and send ``("done", result)``, or ``("failed",)`` when it raises."""
    die_with_parent()
    if os.getppid() != parent:  # the parent is gone already
        return
    answer: tuple
    try:
        answer = ("done", function(*args))
    except BaseException:  # noqa: BLE001 - the parent calls the function again and meets the error itself
        answer = ("failed",)
    try:
        sender.send(answer)
    finally:
        sender.close()
