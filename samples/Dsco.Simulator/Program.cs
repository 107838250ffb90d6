// Placeholder entry point; the simulator is built in the sample-host issue.
return 0;
