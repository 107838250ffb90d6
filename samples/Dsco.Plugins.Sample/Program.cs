// Placeholder entry point; the sample host is built in the sample-host issue.
return 0;
