"""Executes a notebook through a Jupyter kernel with nbclient and writes the executed copy.

usage: execute_notebook.py NOTEBOOK OUTPUT KERNEL_NAME WORKING_FOLDER
The kernelspec is found through JUPYTER_PATH. Exits non-zero (with the error on stderr) when a cell fails.
"""
import sys

import nbformat
from nbclient import NotebookClient

source, output, kernel_name, folder = sys.argv[1:5]
nb = nbformat.read(source, as_version=4)
client = NotebookClient(nb, kernel_name=kernel_name, timeout=300, startup_timeout=120,
                        resources={"metadata": {"path": folder}}, allow_errors=False)
client.execute()
nbformat.write(nb, output)
