package vn.dannguyen.architecture.right.web;

import vn.dannguyen.architecture.left.LeftService;

/** The other half of ArchitectureTest's cycle. */
public class RightView {
    LeftService service;
}
