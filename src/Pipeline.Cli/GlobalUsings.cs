// System.CommandLine is used by nearly every file of the CLI.
global using System.CommandLine;
