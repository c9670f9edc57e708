"""Reports: the tab of periodic reports and the receipt dialog."""
